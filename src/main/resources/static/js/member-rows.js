// «Thêm dòng» and «Xóa dòng» on a table of form rows (data-rows="id of the <template> of an empty row"): rows are
// numbered again after each change, so the form always posts members[0], members[1], … without gaps. The buttons
// stay hidden where this script does not run; the form still posts the rows it shows.
document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('table[data-rows]').forEach(function (table) {
        var body = table.tBodies[0];
        var template = document.getElementById(table.getAttribute('data-rows'));
        var add = document.querySelector('[data-add-row="' + table.id + '"]');
        var attributes = ['name', 'id', 'for', 'aria-describedby'];

        function renumber() {
            Array.prototype.forEach.call(body.rows, function (row, index) {
                row.querySelectorAll('[name], [id], [for], [aria-describedby]').forEach(function (element) {
                    attributes.forEach(function (attribute) {
                        var value = element.getAttribute(attribute);
                        if (value) {
                            element.setAttribute(attribute, value.replace(/members\[(\d+|NEW)\]/g, 'members[' + index + ']'));
                        }
                    });
                });
                row.querySelector('[data-remove-row]').hidden = body.rows.length < 2;
            });
        }

        add.hidden = false;
        add.addEventListener('click', function () {
            var row = template.content.querySelector('tr').cloneNode(true);
            body.appendChild(row);
            renumber();
            row.querySelector('input').focus();
        });
        body.addEventListener('click', function (event) {
            var button = event.target.closest('[data-remove-row]');
            if (button) {
                button.closest('tr').remove();
                renumber();
                add.focus();
            }
        });
        renumber();
    });
});
