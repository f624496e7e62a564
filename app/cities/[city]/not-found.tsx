// Inside this segment's layout, so the layout's place suggestions show above it.
export { default } from '@/app/not-found';
