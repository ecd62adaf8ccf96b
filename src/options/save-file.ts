// Save text as a JSON file through the browser's own download (nothing leaves the computer).

export function saveJsonFile(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The download has started by then; the address is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
