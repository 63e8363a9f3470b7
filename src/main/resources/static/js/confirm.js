// Irreversible actions ask first: a form, or the button that submits it, with data-confirm="what will happen"
// is sent only when the user agrees. Here rather than inline, so the Content-Security-Policy stays strict.
document.addEventListener('submit', function (event) {
    var button = event.submitter;
    var text = (button && button.getAttribute('data-confirm')) || event.target.getAttribute('data-confirm');
    if (text && !window.confirm(text)) {
        event.preventDefault();
        event.stopImmediatePropagation();
    }
}, true);
