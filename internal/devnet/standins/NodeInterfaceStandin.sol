// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

interface IArbSysStandin {
    function standinSendHash(uint256 leaf) external view returns (bytes32);
    function standinSendCount() external view returns (uint256);
}

/// @title Stand-in for NodeInterface.constructOutboxProof (0xC8) on the devnet's anvil L2.
/// @notice The real one is a virtual contract answered by a nitro node. This
/// one rebuilds the same tree from the ArbSys stand-in's sends: leaves are
/// keccak(sendHash), missing subtrees are zero, the tree is as deep as the
/// smallest power of two holding `size` leaves. It returns what nitro
/// returns: (send hash of `leaf`, root of the first `size` sends, siblings
/// from the leaf up), which the real Outbox accepts.
contract NodeInterfaceStandin {
    IArbSysStandin private constant ARBSYS = IArbSysStandin(address(0x64));

    function constructOutboxProof(uint64 size, uint64 leaf)
        external
        view
        returns (bytes32 send, bytes32 root, bytes32[] memory proof)
    {
        require(leaf < size, "leaf does not exist");
        require(size <= ARBSYS.standinSendCount(), "size beyond the send count");
        bytes32[] memory leaves = new bytes32[](size);
        for (uint256 i = 0; i < size; i++) {
            leaves[i] = keccak256(abi.encodePacked(ARBSYS.standinSendHash(i)));
        }
        uint256 depth = 0;
        while ((uint256(1) << depth) < size) {
            depth++;
        }
        proof = new bytes32[](depth);
        for (uint256 level = 0; level < depth; level++) {
            proof[level] = _node(leaves, level, (uint256(leaf) >> level) ^ 1);
        }
        root = _node(leaves, depth, 0);
        send = ARBSYS.standinSendHash(leaf);
    }

    function _node(bytes32[] memory leaves, uint256 level, uint256 index) internal pure returns (bytes32) {
        if ((index << level) >= leaves.length) {
            return bytes32(0);
        }
        if (level == 0) {
            return leaves[index];
        }
        return keccak256(abi.encodePacked(_node(leaves, level - 1, 2 * index), _node(leaves, level - 1, 2 * index + 1)));
    }
}
