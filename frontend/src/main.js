import { createApp } from 'vue'
import App from './App.vue'
import { createAppRouter } from './router.js'
import { locale } from './i18n.js'
import './style.css'

document.documentElement.lang = locale.value
createApp(App).use(createAppRouter()).mount('#app')
