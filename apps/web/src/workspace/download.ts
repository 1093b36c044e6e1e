/**
 * Hands a file to the browser's download machinery (nothing is sent anywhere).
 *
 * @param name - The file name offered to the user.
 * @param content - Text or bytes.
 * @param type - The MIME type.
 * @example
 * ```ts
 * download('egov-workspace.json', text, 'application/json');
 * ```
 */
export function download(name: string, content: string | Uint8Array, type: string): void {
  const part: BlobPart = typeof content === 'string' ? content : new Uint8Array(content);
  const url = URL.createObjectURL(new Blob([part], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 1000);
}
