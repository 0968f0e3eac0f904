// Progressive enhancement only: every page works without this script.
(function () {
    "use strict";

    // Copy buttons next to survey links.
    document.querySelectorAll("[data-copy-target]").forEach(function (button) {
        button.hidden = false;
        // Without App:PublicBaseUrl the server may send a relative link; the browser's own address completes it.
        var link = document.getElementById(button.getAttribute("data-copy-target"));
        if (link && link.value.charAt(0) === "/") { link.value = new URL(link.value, window.location.origin).href; }
        button.addEventListener("click", function () {
            var input = document.getElementById(button.getAttribute("data-copy-target"));
            if (!input) { return; }
            var done = function () {
                var status = document.getElementById(button.getAttribute("data-copy-status"));
                if (status) { status.textContent = button.getAttribute("data-copied-text"); }
            };
            if (navigator.clipboard && window.isSecureContext) {
                navigator.clipboard.writeText(input.value).then(done);
            } else {
                input.select();
                document.execCommand("copy");
                done();
            }
        });
    });

    // Live "n of 20 answered" on the survey.
    var form = document.querySelector("form[data-survey]");
    var progress = document.getElementById("progress-count");
    if (form && progress) {
        var template = progress.getAttribute("data-template");
        var total = Number(progress.getAttribute("data-total"));
        form.addEventListener("change", function () {
            var answered = 0;
            for (var n = 1; n <= total; n++) {
                if (form.querySelector("input[name='Input.Answers[" + n + "]']:checked")) { answered++; }
            }
            progress.textContent = template.replace("{0}", String(answered)).replace("{1}", String(total));
        });
    }
})();
