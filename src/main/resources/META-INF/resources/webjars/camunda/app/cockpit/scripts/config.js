// Oppfølgingsflyt: Cockpit's configuration (replaces the empty one in Camunda's webjar). One plugin script adds the
// process owner's figures to the dashboard and each case's story as a tab on a process instance; it reads the
// application API (GET /api/styring/...) with the webapps' session.
export default {
  customScripts: ['styring/styring'],
  // the process owner reads; these dialogs hide options that only matter to someone who changes instances
  skipCustomListeners: { default: true, hidden: true },
  skipIoMappings: { default: true, hidden: true },
  disableWelcomeMessage: true
};
