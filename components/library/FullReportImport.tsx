/** "Add the full report" panel of the library's corpus tab. Built by the full-report import issue. */
export function FullReportImport() {
  return null;
}
