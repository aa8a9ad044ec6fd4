/** Report: being built (see the issue for this screen). */
export function ReportScreen() {
  return (
    <>
      <h1>Report</h1>
      <p className="empty">This screen is not built yet.</p>
    </>
  )
}
