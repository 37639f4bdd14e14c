package ftpcodes

// Version is the semantic version of the release this tree is, or is
// being prepared as: the version of the packages generated from it
// (out/python/pyproject.toml, out/c/ftpcodes.pc). It is raised once per
// release, with the CHANGELOG.md heading of that release and the tag
// v<Version>; a test holds it above every released version the changelog
// lists, or equal to the newest.
const Version = "0.1.0"
