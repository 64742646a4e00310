// http://localhost:8080 opens Camunda's Welcome app. Nobody works there: once logged in, each user is sent on to the
// app their role works in. Camunda tells which apps a user may open (authorizedApps of the logged-in user):
// administrators (Admin) to Admin, process owners (Cockpit) to Cockpit, everyone else (veiledere, team leads,
// saksbehandlere, besluttere) to Tasklist. The links on the Welcome page itself still work for anyone who comes back.
(function () {
  var rot = (document.querySelector('base') && document.querySelector('base').getAttribute('app-root')) || '/camunda';
  var motor = window.location.pathname.split('/')[4] || 'default';
  var sendt = false;
  var venter = false;

  function sjekk() {
    if (sendt || venter) {
      return;
    }
    venter = true;
    fetch(rot + '/api/admin/auth/user/' + encodeURIComponent(motor), {credentials: 'same-origin',
      headers: {Accept: 'application/json'}})
      .then(function (svar) { return svar.ok ? svar.json() : null; })
      .then(function (bruker) {
        if (!bruker || !bruker.userId || sendt) {
          return;
        }
        var apper = bruker.authorizedApps || [];
        var app = apper.indexOf('admin') > -1 ? 'admin' : apper.indexOf('cockpit') > -1 ? 'cockpit' : 'tasklist';
        sendt = true;
        window.location.replace(rot + '/app/' + app + '/' + motor + '/');
      })
      .catch(function () {})
      .then(function () { venter = false; });
  }

  sjekk();
  // After a login on this page the app redraws itself: look again shortly after (the session may take a moment),
  // at most once a second.
  var sist = 0;
  new MutationObserver(function () {
    var naa = Date.now();
    if (naa - sist > 1000) {
      sist = naa;
      [300, 1500, 4000].forEach(function (ms) { setTimeout(sjekk, ms); });
    }
  }).observe(document.documentElement, {childList: true, subtree: true});
})();
export default {};
