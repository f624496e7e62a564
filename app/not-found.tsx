import type { Metadata } from 'next';
import { NotFoundBody } from './components/site-chrome';

export const metadata: Metadata = { title: '页面不存在' };

export default function NotFound() {
  return <NotFoundBody />;
}
