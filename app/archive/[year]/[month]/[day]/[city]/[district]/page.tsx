import { DayView, dayMetadata, recentDayParams, type DayParams } from '../../day-view';

type Props = { params: Promise<DayParams> };

// The newest editions are built ahead; older days render on first request and stay cached.
export const dynamicParams = true;
export const generateStaticParams = () => recentDayParams('district');
export const generateMetadata = ({ params }: Props) => dayMetadata(params);

export default function Page({ params }: Props) {
  return <DayView params={params} />;
}
