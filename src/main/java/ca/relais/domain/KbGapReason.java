package ca.relais.domain;

/** Why a knowledge-base search counts as a gap: it found nothing, or nothing it found was opened. */
public enum KbGapReason {
    NO_RESULT, NOT_OPENED
}
