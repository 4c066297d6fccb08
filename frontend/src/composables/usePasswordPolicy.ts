import { ref } from 'vue'
import { policyApi } from '@/api/policy'
import type { PasswordPolicy } from '@/api/types'

/** The server's rule for new passwords; the hint shows it rather than a copy of it. */
const DEFAULT_POLICY: PasswordPolicy = { minLength: 8, minClasses: 3 }
const policy = ref<PasswordPolicy>({ ...DEFAULT_POLICY })
let asked: Promise<void> | null = null

export function usePasswordPolicy() {
  if (!asked) {
    asked = policyApi
      .passwordPolicy()
      .then((answer) => {
        if (answer && typeof answer.minLength === 'number' && typeof answer.minClasses === 'number') {
          policy.value = answer
        }
      })
      .catch(() => {
        // Ask again next time; until then the hint shows the usual rule.
        asked = null
      })
  }
  return { policy }
}
