import path from 'node:path';
import type { NextConfig } from 'next';

// The plain Next.js app that `npm run bench:pages` measures the site against. It is built with
// this folder as its working directory and uses the repository's node_modules.
const nextConfig: NextConfig = {
  distDir: '.next-plain',
  // node_modules live three folders up; without this Turbopack guesses the root from lockfiles.
  turbopack: { root: path.join(process.cwd(), '..', '..', '..') },
};

export default nextConfig;
