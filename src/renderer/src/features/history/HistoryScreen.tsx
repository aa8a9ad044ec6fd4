/** History: being built (see the issue for this screen). */
export function HistoryScreen() {
  return (
    <>
      <h1>History</h1>
      <p className="empty">This screen is not built yet.</p>
    </>
  )
}
