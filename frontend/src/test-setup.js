// Testing Library waits up to 1 s for findBy* by default; the machine is shared and sometimes slower than that.
import { configure } from '@testing-library/vue'

configure({ asyncUtilTimeout: 4000 })

// jsdom does not scroll; the router's scrollBehavior calls this after a navigation
window.scrollTo = () => {}
