package nl.beraad.domain;

/** Which pole a position or an argument leans to; NONE for the middle or a neutral remark. */
public enum Side {
    A, B, NONE
}
