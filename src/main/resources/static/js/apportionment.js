// A new target, table or commune has its own whole to split: ask the page again at once, so the whole shown
// is that choice's (the server takes the table's figure when the choice changed) and never the previous one's.
document.addEventListener('change', function (event) {
    var select = event.target;
    if (select.hasAttribute('data-refreshes-whole') && select.form) {
        select.form.requestSubmit();
    }
});
