/**
 * The page's own rules, one stylesheet split in three along its seams (each file under 300
 * lines). Imported after the components (App), so that the page's rules win a tie, by the app
 * (app-start.tsx) and by Today's benchmark floor, which loads the app's bundle as it ships.
 */
import './styles.css'
import './forms.css'
import './lists-and-notices.css'
