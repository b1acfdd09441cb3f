/** Whether a linked page's chunks should be loaded now: not yet loaded, and the reader is not saving data. */
export function shouldPreload(routePath: string, loaded: ReadonlySet<string>, saveData: boolean): boolean {
  return !saveData && !loaded.has(routePath);
}

type Connection = {effectiveType?: string; saveData?: boolean};

/** Whether the connection asks to save data (Save-Data on, or a 2G connection), as Docusaurus checks. */
export function savingData(connection: Connection | undefined): boolean {
  return Boolean(connection?.saveData || connection?.effectiveType?.includes('2g'));
}
