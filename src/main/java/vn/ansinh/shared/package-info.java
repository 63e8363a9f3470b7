/**
 * Values shared by every module: exact numbers, Vietnamese number format, the programme domains,
 * audited changes, the problems of a form by field, and the kinds of refusal.
 *
 * <h2>Page forms: one convention</h2>
 * <ol>
 * <li>A form object (a record or a bean) bound once with {@code @ModelAttribute("form")}; never a
 * {@code Map} of parameters read by hand. Its texts arrive trimmed, a blank one as none
 * ({@link vn.ansinh.shared.FormBinding}: once for every form; passwords are kept as typed).</li>
 * <li>Checked once, into {@link vn.ansinh.shared.FieldProblems}: what the form alone can tell (a number
 * that is not one, a choice left empty) by the form object, the rest by the module, which refuses with
 * its {@link vn.ansinh.shared.InvalidChangeException} — nothing is written when anything is wrong.</li>
 * <li>Refused: the same page again, answered 422 ({@link vn.ansinh.shared.FormSubmission}), with the form
 * object as sent — every value the user typed, a password excepted — each problem beside its field
 * ({@code fragments/forms.html :: problem}, the field marked {@code is-invalid} and described by it) and
 * {@code fragments/forms :: refused} above the form. No redirect: a redirect loses what was typed.</li>
 * <li>A choice has no default that grants or decides something: «— chọn … —» and required, or the least
 * privileged value.</li>
 * <li>A save over a newer one (the version read is sent with the form) is answered 409 with both versions
 * on the page — the user's as typed, the saved one with who and when — so the user chooses.</li>
 * <li>Saved: a redirect to the page, a message naming what was saved.</li>
 * <li>An irreversible step asks first: {@code data-confirm} on its button, saying what will happen.</li>
 * </ol>
 * <p>The API says its refusals as RFC 9457 problems, one status per {@link vn.ansinh.shared.RefusalKind}
 * (vn.ansinh.ApiProblems): modules throw, no API controller answers a refusal itself.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.ansinh.shared;
