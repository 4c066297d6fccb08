import { computed, ref } from 'vue'
import { defineStore } from 'pinia'
import { authApi } from '@/api/auth'
import { ApiError } from '@/api/http'
import type { Officer } from '@/api/types'
import { isRole, type Role } from '@/roles'

export const useSessionStore = defineStore('session', () => {
  const officer = ref<Officer | null>(null)
  /** Whether the server has been asked who is signed in. */
  const loaded = ref(false)

  const role = computed<Role | null>(() => {
    const first = officer.value?.roles?.[0]
    return isRole(first) ? first : null
  })
  const signedIn = computed(() => officer.value !== null)
  const passwordChangeRequired = computed(() => officer.value?.passwordChangeRequired === true)

  async function refresh(): Promise<void> {
    try {
      officer.value = await authApi.me()
    } catch (e) {
      if (!(e instanceof ApiError) || e.status !== 401) {
        console.warn('Could not ask the server who is signed in', e)
      }
      officer.value = null
    } finally {
      loaded.value = true
    }
  }

  async function login(username: string, password: string): Promise<Officer> {
    const signedInOfficer = await authApi.login(username, password)
    officer.value = signedInOfficer
    loaded.value = true
    return signedInOfficer
  }

  async function logout(): Promise<void> {
    try {
      await authApi.logout()
    } finally {
      clear()
    }
  }

  function passwordChanged(): void {
    if (officer.value) officer.value = { ...officer.value, passwordChangeRequired: false }
  }

  function clear(): void {
    officer.value = null
    loaded.value = true
  }

  return {
    officer,
    loaded,
    role,
    signedIn,
    passwordChangeRequired,
    refresh,
    login,
    logout,
    passwordChanged,
    clear,
  }
})
