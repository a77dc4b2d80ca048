import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

// `npm run dev` proxies the API to a backend on localhost:8080 (override with ODNOWA_API).
export default defineConfig({
  plugins: [vue()],
  server: {
    proxy: {
      '/api': process.env.ODNOWA_API ?? 'http://localhost:8080',
      '/q': process.env.ODNOWA_API ?? 'http://localhost:8080'
    }
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.js'],
    setupFiles: ['src/test-setup.js'],
    // globals let Testing Library unmount each test's components after it
    globals: true
  }
})
