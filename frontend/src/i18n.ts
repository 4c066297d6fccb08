import { computed } from 'vue'
import { createI18n } from 'vue-i18n'
import zhCn from 'element-plus/es/locale/lang/zh-cn'
import en from 'element-plus/es/locale/lang/en'
import { DEFAULT_LANGUAGE, isLanguage, loadMessages, type Language } from './locales'

const STORAGE_KEY = 'yangguang.language'

function storedLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY)
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE
  } catch {
    return DEFAULT_LANGUAGE
  }
}

export const i18n = createI18n({
  legacy: false,
  locale: storedLanguage(),
  fallbackLocale: DEFAULT_LANGUAGE,
  messages: loadMessages(),
})

export function currentLanguage(): Language {
  const locale = i18n.global.locale.value
  return isLanguage(locale) ? locale : DEFAULT_LANGUAGE
}

export function setLanguage(language: Language): void {
  i18n.global.locale.value = language
  document.documentElement.lang = language
  try {
    localStorage.setItem(STORAGE_KEY, language)
  } catch {
    // Private browsing may refuse storage; the choice then lasts for this page only.
  }
}

export const elementLocale = computed(() => (currentLanguage() === 'en-US' ? en : zhCn))
