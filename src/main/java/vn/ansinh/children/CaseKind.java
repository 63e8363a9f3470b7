package vn.ansinh.children;

/** What happened to a child: abuse (violence, sexual abuse, exploitation) or an accident. */
public enum CaseKind {
    ABUSE,
    DROWNING,
    TRAFFIC,
    OTHER_ACCIDENT
}
