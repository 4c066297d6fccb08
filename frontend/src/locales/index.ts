export interface Messages {
  [key: string]: string | Messages
}

export const LANGUAGES = ['zh-CN', 'en-US'] as const
export type Language = (typeof LANGUAGES)[number]
export const DEFAULT_LANGUAGE: Language = 'zh-CN'

const files = import.meta.glob<Messages>('./*/*.json', { eager: true, import: 'default' })

/** All messages, one object per language, one namespace per file (common.json → common.*). */
export function loadMessages(): Record<Language, Messages> {
  const messages: Record<string, Messages> = {}
  for (const [path, content] of Object.entries(files)) {
    const match = /^\.\/([^/]+)\/([^/]+)\.json$/.exec(path)
    if (!match) continue
    const [, language, namespace] = match
    messages[language] = { ...messages[language], [namespace]: content }
  }
  return messages as Record<Language, Messages>
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)
}
