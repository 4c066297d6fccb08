import { createApp } from 'vue'
import { createPinia } from 'pinia'
import ElementPlus from 'element-plus'
import 'element-plus/dist/index.css'
import './styles.css'
import App from './App.vue'
import { configureHttp } from './api/http'
import { currentLanguage, i18n, setLanguage } from './i18n'
import { router } from './router'
import { useSessionStore } from './stores/session'

async function start(): Promise<void> {
  const app = createApp(App)
  const pinia = createPinia()
  app.use(pinia)
  app.use(i18n)
  app.use(ElementPlus)
  setLanguage(currentLanguage())

  const session = useSessionStore(pinia)
  configureHttp({
    language: currentLanguage,
    onUnauthorized: () => {
      session.clear()
      const current = router.currentRoute.value
      if (current.name !== 'login') {
        void router.replace({ name: 'login', query: { redirect: current.fullPath, expired: '1' } })
      }
    },
  })
  // Ask who is signed in before the first navigation, so that the home redirect knows the role.
  await session.refresh()
  app.use(router)
  await router.isReady()
  app.mount('#app')
}

void start()
