package org.opensabt.plan;

import java.util.List;

/** An optimiser's answer: the loaded candidates, and what it has to say (e.g. which goal gave way). */
public record Selection(boolean[] loaded, List<String> notes) {
}
