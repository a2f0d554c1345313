package ca.relais.client.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;

/**
 * Every keyboard shortcut of the workstation, in one list: installed on the scene as accelerators and shown by the F1
 * overlay from the same list, so no action can have a shortcut that the help does not name.
 */
public final class Shortcuts {
    /** One line of the help: the keys as shown, what they do (a message key), and the combinations they stand for. */
    public record Entry(String keys, String descriptionKey, List<KeyCombination> combinations) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final I18n i18n;

    public Shortcuts(I18n i18n) {
        this.i18n = i18n;
    }

    /** Installs one accelerator on {@code scene} and lists it under {@code descriptionKey}. */
    public void add(Scene scene, String descriptionKey, KeyCombination keys, Runnable action) {
        claim(keys, descriptionKey);
        scene.getAccelerators().put(keys, action);
        entries.add(new Entry(null, descriptionKey, List.of(keys)));
    }

    /** Two actions on one key combination would silently replace each other: refuse it where it is coded. */
    private void claim(KeyCombination keys, String descriptionKey) {
        for (Entry e : entries) {
            if (e.combinations().contains(keys)) {
                throw new IllegalStateException(keys.getDisplayText() + " is already " + e.descriptionKey()
                        + "; it cannot also be " + descriptionKey);
            }
        }
    }

    /** Installs several accelerators listed on one line, e.g. Ctrl+1 to Ctrl+4 for the four natures. */
    public void addGroup(Scene scene, String descriptionKey, List<KeyCombination> keys, List<Runnable> actions) {
        for (int i = 0; i < keys.size(); i++) {
            claim(keys.get(i), descriptionKey);
            scene.getAccelerators().put(keys.get(i), actions.get(i));
        }
        entries.add(new Entry(null, descriptionKey, List.copyOf(keys)));
    }

    /** Lists keys that a control handles itself (arrows and Enter in a list): shown in the help, not installed. */
    public void describe(String keysKey, String descriptionKey) {
        entries.add(new Entry(keysKey, descriptionKey, List.of()));
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** The keys of an entry in the current language: "Ctrl+Maj+H", "Ctrl+Entrée", "Ctrl+1 … Ctrl+4". */
    public String keysOf(Entry entry) {
        if (entry.keys() != null) {
            return i18n.get(entry.keys());
        }
        List<KeyCombination> keys = entry.combinations();
        String first = display(keys.get(0));
        return keys.size() == 1 ? first : first + " … " + display(keys.get(keys.size() - 1));
    }

    /** One combination in the current language. */
    public String display(KeyCombination keys) {
        String text = keys.getDisplayText();
        return text.replace("Shift+", i18n.get("keys.shift") + "+")
                .replaceAll("↵|\\bEnter\\b", i18n.get("keys.enter"))
                .replaceAll("\\bEsc(ape)?\\b", i18n.get("keys.escape"));
    }
}
