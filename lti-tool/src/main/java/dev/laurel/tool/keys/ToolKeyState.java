package dev.laurel.tool.keys;

/** Where a tool key is in its life: published before use, signing, or published after use. */
public enum ToolKeyState {
    NEXT, CURRENT, RETIRED
}
