// Tasklist sorts by creation date unless the address says otherwise. Veiledere work by deadline: when no sorting is
// chosen, sort by due date, earliest first. A sorting the user picks stays in the address and wins.
(function () {
  var hash = window.location.hash || '#/';
  if (hash.indexOf('sorting=') === -1) {
    var sortering = encodeURIComponent(JSON.stringify([{sortBy: 'dueDate', sortOrder: 'asc'}]));
    window.location.hash = hash + (hash.indexOf('?') === -1 ? '?' : '&') + 'sorting=' + sortering;
  }
})();
export default {};
