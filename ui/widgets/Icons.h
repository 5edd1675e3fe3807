#pragma once

#include <QIcon>

// Bookwarden's icons. The application icon comes from the PNGs embedded from resources/icons; the action and
// tab icons are line drawings painted at whatever size and device pixel ratio they are shown, in the
// palette's text colour (so they follow light and dark themes), with one accent colour each.
class Icons
{
public:
    enum class Glyph {
        Users,
        Books,
        Activity,
        AddUser,
        ChangeRole,
        DisableUser,
        EnableUser,
        ResetPassword,
        SignOut,
        DeleteUser,
        AddBook,
        EditBook,
        DeleteBooks,
        Reload,
        Settings,
        Copy,
        Generate,
        Search,
        Sessions,
        RevokeSession,
        Keys,
        GenerateKey,
        ImportKey,
        ActivateKey,
        RetireKey,
        ExportKeys,
        TokenInspector,
        LatestToken,
        MintToken,
        Terminal,
        Open,
    };

    static QIcon application();
    static QIcon glyph(Glyph glyph);
};
