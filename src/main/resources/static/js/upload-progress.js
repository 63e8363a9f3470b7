// Shows how much of an uploaded file has been sent; the server then reads it (the indicator stays until it answers).
document.addEventListener('htmx:xhr:progress', function (event) {
    var bar = document.querySelector('[data-upload-progress]');
    if (bar && event.detail.lengthComputable && event.detail.total > 0) {
        bar.value = Math.round(event.detail.loaded * 100 / event.detail.total);
        var label = document.querySelector('[data-upload-percent]');
        if (label) {
            label.textContent = bar.value + '%';
        }
    }
});
