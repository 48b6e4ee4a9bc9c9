global using System.Runtime.Intrinsics;
global using System.Runtime.CompilerServices;
