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
    var total = progress ? Number(progress.getAttribute("data-total")) : 0;
    var showProgress = function () {
        if (!form || !progress) { return; }
        var answered = 0;
        for (var n = 1; n <= total; n++) {
            if (form.querySelector("input[name='Input.Answers[" + n + "]']:checked")) { answered++; }
        }
        progress.textContent = progress.getAttribute("data-template").replace("{0}", String(answered)).replace("{1}", String(total));
    };

    // Unsent answers stay in this browser only (localStorage, one key per link) so a reload or a later visit resumes;
    // nothing is sent before the respondent submits, and the thank-you page removes the draft.
    var storage = null;
    try { storage = window.localStorage; } catch (e) { storage = null; }
    var draftKey = form ? form.getAttribute("data-draft-key") : null;
    var saveDraft = function () {
        if (!storage || !draftKey) { return; }
        var draft = { answers: {} };
        form.querySelectorAll("input[type=radio]:checked").forEach(function (input) {
            if (input.name === "Input.Role") { draft.role = input.value; } else { draft.answers[input.name] = input.value; }
        });
        try { storage.setItem(draftKey, JSON.stringify(draft)); } catch (e) { /* storage full or blocked: the form still works */ }
    };
    var check = function (name, value) {
        // Never overrides what the page already shows (answers sent back with an error stay as sent).
        if (form.querySelector("input[name='" + name + "']:checked")) { return; }
        form.querySelectorAll("input[type=radio]").forEach(function (input) {
            if (input.name === name && input.value === value) { input.checked = true; }
        });
    };
    if (form && storage && draftKey) {
        var saved = null;
        try { saved = JSON.parse(storage.getItem(draftKey) || "null"); } catch (e) { saved = null; }
        if (saved && typeof saved === "object") {
            if (typeof saved.role === "string") { check("Input.Role", saved.role); }
            if (saved.answers && typeof saved.answers === "object") {
                Object.keys(saved.answers).forEach(function (name) {
                    if (/^Input\.Answers\[\d+\]$/.test(name)) { check(name, String(saved.answers[name])); }
                });
            }
            showProgress();
        }
    }
    if (form) {
        form.addEventListener("change", function () { showProgress(); saveDraft(); });
    }
    var sent = document.querySelector("[data-survey-sent]");
    if (sent && storage) {
        try { storage.removeItem(sent.getAttribute("data-survey-sent")); } catch (e) { /* nothing to clear */ }
    }
})();
