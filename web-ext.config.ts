import { defineWebExtConfig } from 'wxt';

// `npx wxt` (dev mode) would try to open a browser window; on a headless machine there is none.
export default defineWebExtConfig({ disabled: !!process.env.CI || !process.env.DISPLAY });
