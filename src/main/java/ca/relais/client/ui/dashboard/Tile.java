package ca.relais.client.ui.dashboard;

import ca.relais.client.ui.common.UserMessage;

/**
 * One dashboard tile: its figure, how it stands against its target, and the line under the figure.
 *
 * @param id     a {@link ca.relais.api.QueueTiles} value: the list it drills down to
 * @param figure the big figure, already written ("12", "83 %", "—")
 * @param detail the line under it (the target, a share), or null
 */
public record Tile(String id, String figure, TileState state, UserMessage detail) {
}
