import { describe, expect, it } from 'vitest'
import { LANGUAGES, loadMessages, type Messages } from './index'

function keysOf(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  )
}

describe('locale messages', () => {
  const messages = loadMessages()

  it('exist for every language', () => {
    for (const language of LANGUAGES) {
      expect(keysOf(messages[language]).length).toBeGreaterThan(50)
    }
  })

  it('have the same keys in Chinese and English', () => {
    expect(keysOf(messages['en-US']).sort()).toEqual(keysOf(messages['zh-CN']).sort())
  })

  it('use no characters that vue-i18n would read as message syntax', () => {
    for (const language of LANGUAGES) {
      for (const key of keysOf(messages[language])) {
        const value = key
          .split('.')
          .reduce<unknown>((node, part) => (node as Messages)[part], messages[language])
        expect(value, key).not.toMatch(/[@|$]/)
      }
    }
  })
})
