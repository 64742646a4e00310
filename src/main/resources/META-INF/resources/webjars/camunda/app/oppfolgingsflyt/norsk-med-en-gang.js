// Camunda's webapps load their language file (locales/no.json) while the app starts, and some labels are looked up
// once, at start, before it has arrived: a user who opens Tasklist already logged in saw "DUE_DATE" and
// "SEARCH_PLACEHOLDER". Custom scripts are loaded before the app starts, so this one fetches the file first and
// hands its texts to angular-translate from the beginning. Shared by the four apps (each config.js lists it).
const base = document.querySelector('base');
const rot = (base && base.getAttribute('app-root')) || '/camunda';
const app = (base && base.getAttribute('app-name')) || 'tasklist';
try {
  const svar = await fetch(rot + '/app/' + app + '/locales/no.json', {credentials: 'same-origin'});
  const norsk = await svar.json();
  const modul = window.angular.module('pascalprecht.translate');
  modul.config(['$translateProvider', function (oversetter) {
    oversetter.translations('no', norsk.labels);
  }]);
  // With the texts already there Camunda does not load the file itself, and so never gives moment.js the Norwegian
  // dates ("for 5 dager siden"): do that here as its loader would.
  if (norsk.dateLocales) {
    modul.run(['$injector', function ($injector) {
      if ($injector.has('moment')) {
        const moment = $injector.get('moment');
        if (moment.locales().indexOf('no') > -1) {
          moment.updateLocale('no', norsk.dateLocales);
        } else {
          moment.defineLocale('no', norsk.dateLocales);
        }
        moment.locale('no');
      }
    }]);
  }
} catch (feil) {
  // The texts then arrive a little later, as Camunda loads them itself.
  console.warn('Oppfølgingsflyt: kunne ikke laste norske tekster på forhånd', feil);
}
export default {};
