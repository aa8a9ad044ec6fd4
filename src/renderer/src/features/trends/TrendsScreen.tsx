/** Trends: being built (see the issue for this screen). */
export function TrendsScreen() {
  return (
    <>
      <h1>Trends</h1>
      <p className="empty">This screen is not built yet.</p>
    </>
  )
}
