/** Saves text as a file through the browser's download, without leaving the page. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the object URL; give it a moment before freeing it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
