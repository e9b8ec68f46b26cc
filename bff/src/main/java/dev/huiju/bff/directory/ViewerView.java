package dev.huiju.bff.directory;

import java.util.List;

import dev.huiju.schema.generated.types.Channel;

/** The {@code Viewer} type: the caller as the token describes them; {@code person} resolves by user id. */
record ViewerView(String userId, List<String> roles, String clearance, Channel channel, String terminalId) {
}
