package it.cassetto.request;

import java.util.List;

/**
 * The two-level subject tree (class, then subject) offered for a new request on a position of one kind,
 * in its current version. Labels are the institute's Italian wording, as the circulars give them.
 */
public record SubjectTree(String positionKind, int version, List<SubjectClass> classes) {

    public SubjectTree {
        classes = List.copyOf(classes);
    }

    /** One class of subjects (first level). */
    public record SubjectClass(String code, String label, List<Subject> subjects) {
        public SubjectClass {
            subjects = List.copyOf(subjects);
        }
    }

    /** One subject (second level); without a guaranteed answer time when {@code guaranteed} is false. */
    public record Subject(long id, String code, String label, boolean guaranteed) {
    }
}
