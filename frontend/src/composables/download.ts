import { fetchFile } from '@/api/http'

/** Downloads a file of the server and hands it to the browser under the server's name. */
export async function download(url: string, fallbackName: string): Promise<string> {
  const { blob, fileName } = await fetchFile(url, fallbackName)
  const href = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = href
  link.download = fileName
  link.style.display = 'none'
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(href), 10_000)
  return fileName
}
