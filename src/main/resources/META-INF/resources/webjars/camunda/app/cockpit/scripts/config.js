// Oppfølgingsflyt: Cockpit's configuration (replaces the empty one in Camunda's webjar).
// - Norwegian (bokmål) only (locales/no.json, written by scripts/camunda-norsk/lag-lokaler.py); dates in moment.js's
//   Norwegian formats, in the browser's time zone. The first script loads the texts before the app starts.
// - One plugin script adds the process owner's figures to the dashboard and each case's story as a tab on a process
//   instance; it reads the application API (GET /api/styring/...) with the webapps' session.
export default {
  locales: {
    availableLocales: ['no'],
    fallbackLocale: 'no'
  },
  dateFormat: {
    normal: 'DD.MM.YYYY [kl.] HH:mm',
    long: 'dddd D. MMMM YYYY [kl.] HH:mm:ss'
  },
  customScripts: ['../oppfolgingsflyt/norsk-med-en-gang', 'styring/styring'],
  // the process owner reads; these dialogs hide options that only matter to someone who changes instances
  skipCustomListeners: { default: true, hidden: true },
  skipIoMappings: { default: true, hidden: true },
  disableWelcomeMessage: true
};
