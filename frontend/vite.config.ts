import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'

const BPMN_PACKAGES = [
  'bpmn-js',
  'bpmn-moddle',
  'diagram-js',
  'diagram-js-direct-editing',
  'moddle',
  'moddle-xml',
  'saxen',
  'min-dash',
  'min-dom',
  'tiny-svg',
  'path-intersection',
  'object-refs',
  'didi',
  'ids',
  'hat',
  'inherits-browser',
  'clsx',
  'htm',
  'preact',
  '@bpmn-io',
  'domify',
  'component-event',
]

export default defineConfig({
  plugins: [vue()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  define: {
    __VUE_I18N_FULL_INSTALL__: 'true',
    __VUE_I18N_LEGACY_API__: 'false',
    __INTLIFY_PROD_DEVTOOLS__: 'false',
    __INTLIFY_JIT_COMPILATION__: 'true',
    __INTLIFY_DROP_MESSAGE_COMPILER__: 'false',
  },
  build: {
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      output: {
        manualChunks(id) {
          if (id.includes('node_modules/element-plus') || id.includes('node_modules/@element-plus')) {
            return 'element-plus'
          }
          // The process diagram's libraries load with the first case page only.
          if (BPMN_PACKAGES.some((name) => id.includes(`node_modules/${name}/`))) {
            return 'bpmn'
          }
          // ECharts loads with the pages that draw charts only (complaint and report statistics).
          if (id.includes('node_modules/echarts/') || id.includes('node_modules/zrender/')) {
            return 'echarts'
          }
          if (id.includes('node_modules')) {
            return 'vendor'
          }
          return undefined
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': 'http://localhost:8080',
      '/camunda': 'http://localhost:8080',
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
  },
})
