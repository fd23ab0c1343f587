#ifndef NAMEMATCHING_H
#define NAMEMATCHING_H

#include <QString>
#include <QStringList>
#include <QStringView>

// How the importers match a catalogue's names to the dataset's organizations and models, by
// rule and never by similarity (data/FORMAT.md, "The matching rule").
namespace NameMatching {

// The name without its parenthesised asides: "Llama 4 (Scout, Maverick)" -> "Llama 4 ".
QString withoutParentheses(QStringView text);

// What separates words in a name: anything but letters, digits and the dot of a version.
bool isSeparator(QChar c);

// A name compared by its letters and digits only: "Code Llama", "CodeLlama" and "code-llama"
// are one name; the dots of versions stay ("Llama 3.1" is not "Llama 31"). Parenthesised
// asides ("Llama 4 (Scout, Maverick)") are not part of the name.
QString compact(QStringView text);

// One organization's name compacted, with a trailing "AI", "Inc." or "Group" dropped
// ("Mistral AI" -> "mistral"), and the names of labs that stand for their company mapped to it
// ("Google DeepMind" -> "google").
QString organizationKey(QStringView name);

// The keys of every organization a field names: "Mistral AI and NVIDIA" names two, and so do
// "Google, DeepMind" and "Alibaba Cloud / Qwen team".
QStringList organizationKeys(QStringView names);

} // namespace NameMatching

#endif // NAMEMATCHING_H
