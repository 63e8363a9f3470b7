package vn.ansinh.units;

/** How a unit followed others: merged from several, split into several, or went on as a new version of one. */
public enum SuccessionKind {
    /** Several units became one (the 2020 merge of Cam An and Cam Thanh into Thanh An). */
    MERGED,
    /** One unit was divided among several. */
    SPLIT,
    /** One unit went on under a new name, parent or kind (a list imported with the day it takes effect). */
    CONTINUED
}
